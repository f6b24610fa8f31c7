/**
 * Names and filler words. Every entity gets names built from its own pseudo-word, which a
 * bijective syllable code makes unique, so no two entities share a label or an alias (a shared
 * name is a validation warning, and the generated corpus must validate clean).
 */

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const B = SYLLABLES.length; // 70

/** The i-th pseudo-word: 3 syllables for the first 70^3, then 4. Fixed-width syllables make it one-to-one. */
export function pseudoWord(i: number): string {
  let digits = 3;
  // A multiplier prime to 70^3 permutes the first 343,000 codes, so neighbours do not look alike.
  let rest = (i * 7919 + 12345) % B ** 3;
  if (i >= B ** 3) {
    rest = i - B ** 3;
    digits = 4;
  }
  let word = '';
  for (let d = 0; d < digits; d++) {
    word = SYLLABLES[rest % B]! + word;
    rest = Math.floor(rest / B);
  }
  return word;
}

export const capitalize = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export const GIVEN_NAMES = [
  'Anna', 'Boris', 'Carmen', 'David', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kwame',
  'Leila', 'Mateo', 'Nadia', 'Olaf', 'Priya', 'Rafael', 'Sofia', 'Tariq', 'Ursula', 'Viktor', 'Wen',
  'Yusuf', 'Zofia', 'Sergeï', 'José', 'Zoë',
]; // prettier-ignore

export const OFFICES = [
  'Foreign Minister', 'Deputy Foreign Minister', 'Defence Minister', 'President', 'Prime Minister',
  'Ambassador', 'Secretary-General', 'Spokesperson', 'Envoy', 'Chief of Staff', 'Senator', 'Chair',
]; // prettier-ignore

export const PUBLISHERS = [
  'Associated Press', 'Reuters', 'Agence France-Presse', 'BBC News', 'The Guardian', 'Le Monde',
  'Der Spiegel', 'El País', 'Al Jazeera', 'The Moscow Times', 'Kyodo News', 'The Hindu', 'Folha de S.Paulo',
  'The New York Times', 'Financial Times', 'Süddeutsche Zeitung', 'NHK World', 'ANSA', 'Xinhua', 'TASS',
]; // prettier-ignore

/** Common words of news prose, for the parts of sentences that are not names. */
export const FILLER = (
  'the a of to in on for with about after before over under against between during its their this that ' +
  'security talks agreement deal plan proposal defence missile shield treaty border trade sanctions ' +
  'cooperation relations government officials ministry parliament summit meeting week month year ' +
  'region forces troops weapons nuclear arms control negotiations guarantees talks crisis conflict ' +
  'peace stability pressure economy energy gas oil pipeline aid funds budget vote election reform ' +
  'law court rights protest police army navy air base exercise drills launch test system programme ' +
  'new old further long short early late strong weak clear firm serious direct formal legal binding ' +
  'joint mutual regional global national international bilateral multilateral public private ' +
  'would could should might must will said told added noted stressed warned argued insisted claimed ' +
  'reported announced declared called urged asked offered rejected refused accepted welcomed ' +
  'condemned criticised supported opposed demanded threatened proposed agreed questioned doubted'
).split(' ');
