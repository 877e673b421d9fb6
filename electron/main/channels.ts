// IPC channel names shared by the preload and the main process.
export const IPC = {
  api: 'orgatlas:api',
  print: 'orgatlas:print',
  savePdf: 'orgatlas:save-pdf',
} as const;
