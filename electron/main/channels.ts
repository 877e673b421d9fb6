// IPC channel names shared by the preload and the main process: one per set of declared
// calls (shared/contract/), and the one signal the main process sends (files are waiting).
export const IPC = {
  api: 'orgatlas:api',
  desktop: 'orgatlas:desktop',
  filesWaiting: 'orgatlas:files-waiting',
} as const;
