// The glossary manager's worker: documents, edits, problems and hits (manager-service.ts),
// off the UI thread. Started when the manager is first needed.
import { ManagerService } from './manager-service';
import type { ManagerRequest, ManagerResponse } from './manager-protocol';

const service = new ManagerService();

self.onmessage = (event: MessageEvent<ManagerRequest>) => {
  const request = event.data;
  let response: ManagerResponse;
  try {
    const result = request.kind === 'open' ? service.open(request) : request.kind === 'edit' ? service.edit(request) : service.hits(request);
    response = { id: request.id, result };
  } catch (error) {
    response = { id: request.id, failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  self.postMessage(response);
};
