// The one way a channel is registered: every call is answered only for the app's own
// top-level page, its arguments are validated against the contract, and whatever happens
// the renderer gets an ApiResponse value; nothing throws across the bridge.
import type { ApiResponse } from '../../shared/api.ts';
import type { Declarations, Handlers } from '../../shared/contract/define.ts';
import { dispatch, type ErrorMapper } from '../../shared/contract/dispatch.ts';
import type { AppPageMatcher } from './app-page.ts';
import { isTrustedSender, type SenderFrame } from './ipc-guard.ts';

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface IpcEvent {
  senderFrame: SenderFrame | null;
}

/** The part of Electron's ipcMain the wrapper uses. */
export interface IpcMainLike<E extends IpcEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

export interface IpcRoute<E extends IpcEvent, Ds extends Declarations = Declarations> {
  channel: string;
  declarations: Ds;
  /** The handlers that answer this caller; null when there are none for it (its window is gone). */
  handlersFor(event: E): Handlers<Ds> | null;
  mapError?: ErrorMapper;
}

/** Keeps each route's own declaration type while they share one list. */
export function ipcRoute<E extends IpcEvent, Ds extends Declarations>(route: IpcRoute<E, Ds>): IpcRoute<E> {
  return route as unknown as IpcRoute<E>;
}

const refused = (message: string): ApiResponse<never> => ({ ok: false, error: { code: 'bad-request', message } });

export function registerIpc<E extends IpcEvent>(
  ipcMain: IpcMainLike<E>,
  isAppPage: AppPageMatcher,
  routes: IpcRoute<E>[],
): void {
  for (const route of routes) {
    ipcMain.handle(route.channel, async (event, method, args): Promise<ApiResponse<unknown>> => {
      try {
        if (!isTrustedSender(event.senderFrame, isAppPage)) return refused('Call from an untrusted frame refused');
        const handlers = route.handlersFor(event);
        if (!handlers) return refused('No window to answer this call');
        return await dispatch(route.declarations, handlers, method, args, route.mapError);
      } catch {
        return { ok: false, error: { code: 'internal', message: `Internal error on ${route.channel}` } };
      }
    });
  }
}
