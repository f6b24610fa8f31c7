/**
 * Where warnings come from. The writer sets the element, key and attribute it is working on before
 * encoding a value, so the encoders deep inside need nothing but this object to say where a problem is.
 */
import type { GexfWarning } from './types';

export class WarningReporter {
  element: GexfWarning['element'] = 'graph';
  key = '';
  attribute = '';

  constructor(private readonly sink: ((warning: GexfWarning) => void) | undefined) {}

  at(element: GexfWarning['element'], key: string, attribute: string): void {
    this.element = element;
    this.key = key;
    this.attribute = attribute;
  }

  warn(message: string): void {
    // A fresh object per warning: the reporter itself is mutated for every value.
    this.sink?.({ element: this.element, key: this.key, attribute: this.attribute, message });
  }
}
