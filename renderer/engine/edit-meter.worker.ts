// The edit meter's Web Worker: HTER and changed words of the post-edit against the MT
// (edit-meter.ts), the word-level changes F7 steps through, and the editing effort
// (effort-recorder.ts), apart from the engine workers so none of it waits behind a review
// or a match. It needs no glossary: its own copy of the texts, kept up to date by edits.
import { wordChanges } from '../../core/review/change-runs';
import { EffortRecorder } from '../effort/effort-recorder';
import { EditMeter } from './edit-meter';
import type { EditMeterRequest, EditMeterResponse } from './edit-meter-protocol';
import { TextMirror } from './text-mirror';

const meter = new EditMeter();
const mirror = new TextMirror();
const effort = new EffortRecorder();

function answer(request: EditMeterRequest): EditMeterResponse {
  const { id, sync } = request;
  const text = mirror.apply(sync);
  if (text === undefined) return { id, kind: 'resync' };
  if (request.kind === 'effort-reset') {
    effort.reset(text, request.saved);
    return { id, kind: 'effort-reset' };
  }
  effort.record(text, sync, request.activities);
  switch (request.kind) {
    case 'measure':
      return { id, kind: 'measure', version: sync.version, figures: meter.measure(mirror.mt, text) };
    case 'changes':
      return { id, kind: 'changes', version: sync.version, changes: wordChanges(meter.diff(mirror.mt, text)) };
    case 'effort':
      return {
        id,
        kind: 'effort',
        saved: effort.save(request.now) ?? null,
        snapshot: request.words ? (effort.snapshot(request.now) ?? null) : null,
      };
  }
}

self.onmessage = (event: MessageEvent<EditMeterRequest>) => {
  let response: EditMeterResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = { id: event.data.id, kind: 'failure', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
