/** The viewer's settings: every tuning number in one checked object, and Sigma's settings by graph size. */
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  viewerSettings,
  type LabelRow,
  type ViewerSettings,
} from './settings';
export { validateSettings } from './validate';
export {
  viewerSettingsFor,
  SIZE_DEPENDENT_SETTINGS,
  type GraphSize,
  type SizeDependentSigmaSettings,
} from './viewer-settings';
