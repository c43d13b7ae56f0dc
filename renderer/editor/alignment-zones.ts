// Keeps the diff editor's line-alignment zones from costing a long task after every pause
// in typing. With word wrap on, Monaco's diff editor (DiffEditorViewZones) lines up the two
// panes with one view zone per wrapped line — of zero height wherever both sides wrap
// alike, which is most unchanged paragraphs — and after
// each diff update it removes every zone and adds them all again. On a 50,000-word
// article that is 1,100+ zones torn down and rebuilt, 50–130 ms of the UI thread each
// time (measured in Chromium), however small the edit.
//
// This wraps the editor's own changeViewZones (a public API) for the diff editor's
// calls: a filler zone of zero height is never added (it changes nothing on screen; its
// id is a stand-in Monaco only ever hands back to remove), and a filler zone removed and
// added again unchanged in the same batch stays, unless lines came or went since it was
// added: the editor has moved it with its line, and its old place says nothing about where
// it now is. Every other zone passes through as is.
import type { monaco } from './monaco';

type CodeEditor = monaco.editor.ICodeEditor;
type ViewZone = monaco.editor.IViewZone;

/** Monaco's alignment filler: an empty div with this class, no margin, no content. */
function isFiller(zone: ViewZone): boolean {
  return zone.domNode.className === 'diagonal-fill' && zone.domNode.childElementCount === 0 && zone.marginDomNode === undefined;
}

function keyOf(zone: ViewZone): string {
  return `${zone.afterLineNumber}|${zone.afterColumn ?? ''}|${zone.heightInPx ?? ''}|${zone.heightInLines ?? ''}|${zone.showInHiddenAreas ?? ''}|${zone.suppressMouseDown ?? ''}|${zone.ordinal ?? ''}`;
}

const STAND_IN = 'glossa-empty-zone-';

export function economiseAlignmentZones(editor: CodeEditor): void {
  const change = editor.changeViewZones.bind(editor);
  /** Filler zones on screen: id → key. */
  const fillers = new Map<string, string>();
  let standIns = 0;
  /** Counts the edits that moved lines (and new articles): a filler is kept only within
   *  the count it was added in. */
  let lineEpoch = 0;
  editor.onDidChangeModelContent((event) => {
    if (event.changes.some((c) => c.range.startLineNumber !== c.range.endLineNumber || /[\r\n]/.test(c.text))) lineEpoch++;
  });
  editor.onDidChangeModel(() => {
    lineEpoch++;
  });
  editor.changeViewZones = (callback) => {
    change((accessor) => {
      /** Filler zones asked to go in this batch, by key: they may come straight back. */
      const leaving = new Map<string, string[]>();
      const wrapped: monaco.editor.IViewZoneChangeAccessor = {
        addZone(zone) {
          if (!isFiller(zone)) return accessor.addZone(zone);
          if ((zone.heightInPx ?? 0) === 0 && (zone.heightInLines ?? 0) === 0) return `${STAND_IN}${++standIns}`;
          const key = `${lineEpoch}|${keyOf(zone)}`;
          const same = leaving.get(key)?.pop();
          if (same !== undefined) return same;
          const id = accessor.addZone(zone);
          fillers.set(id, key);
          return id;
        },
        removeZone(id) {
          if (id.startsWith(STAND_IN)) return;
          const key = fillers.get(id);
          if (key === undefined) {
            accessor.removeZone(id);
            return;
          }
          const ids = leaving.get(key) ?? [];
          ids.push(id);
          leaving.set(key, ids);
        },
        layoutZone(id) {
          if (!id.startsWith(STAND_IN)) accessor.layoutZone(id);
        },
      };
      callback(wrapped);
      for (const ids of leaving.values()) {
        for (const id of ids) {
          fillers.delete(id);
          accessor.removeZone(id);
        }
      }
    });
  };
}
