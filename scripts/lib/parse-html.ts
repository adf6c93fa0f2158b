import { parseHTML } from 'linkedom';

// The server-side DOM for the CLI and the real-page tests. linkedom (htmlparser2 underneath) parses
// all 26 real pages into the same tree a browser shows; happy-dom 21 lost the whole body of one of
// them (an inline <svg> holding a <style>) and is 2–10× slower. linkedom has no Range with
// setStart/setEnd, which only the offset→Range tests need: they copy the parsed tree into a
// happy-dom document (see tests/unit/page/copy-into-document.ts).

/** A Document parsed from HTML source; scripts are never run, nothing is fetched. */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
