// @nlpjs/lang-ru and @nlpjs/lang-en-min ship JavaScript only: the one class of each that Docket uses.
declare module '@nlpjs/lang-ru' {
  export class StemmerRu {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
