// IPC channel names shared by the preload and the main process: one per set of declared
// calls (shared/contract/).
export const IPC = {
  api: 'orgatlas:api',
  desktop: 'orgatlas:desktop',
} as const;
