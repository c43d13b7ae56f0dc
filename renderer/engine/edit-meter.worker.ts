// The edit meter's Web Worker: HTER and changed words of the post-edit against the MT
// (edit-meter.ts), apart from the engine workers, so the figures never wait behind a
// review or a match. It needs no glossary: texts in, figures out.
import { EditMeter } from './edit-meter';
import type { EditMeterRequest, EditMeterResponse } from './edit-meter-client';

const meter = new EditMeter();

self.onmessage = (event: MessageEvent<EditMeterRequest>) => {
  const { id, mt, postEdit } = event.data;
  let response: EditMeterResponse;
  try {
    response = { id, ok: true, figures: meter.measure(mt, postEdit) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
