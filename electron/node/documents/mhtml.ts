// A web page saved as one file (.mht/.mhtml, "Web archive, single file"): a MIME message
// whose first text/html part is the page, quoted-printable or base64 encoded. The page part
// is unpacked to its bytes and read as a web page, its charset from the part's header.

export interface MhtmlPage {
  html: Uint8Array;
  charset: string | null;
}

const HEADER_END = /\r?\n\r?\n/;

/** Whether the file starts like a saved web archive (a MIME message of related parts). */
export function looksLikeMhtml(head: string): boolean {
  const headers = head.split(HEADER_END)[0] ?? '';
  return (
    /^(?:from|subject|date|mime-version|content-type|snapshot-content-location)\s*:/im.test(headers) &&
    /content-type:\s*multipart\/related/i.test(headers)
  );
}

function quotedPrintable(text: string): Uint8Array {
  const body = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const hex = body[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(body.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** The archive's page, or null when it holds none. `bytes` are the whole file. */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  // MIME headers and encoded bodies are ASCII; latin1 keeps every byte as one character.
  const text = new TextDecoder('latin1').decode(bytes);
  const [headers = ''] = text.split(HEADER_END);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(headers.replace(/\r?\n[ \t]+/g, ' '))?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = HEADER_END.exec(part);
    if (!split) continue;
    const partHeaders = part.slice(0, split.index).replace(/\r?\n[ \t]+/g, ' ');
    if (!/content-type:\s*text\/html/i.test(partHeaders)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(partHeaders)?.[1]?.toLowerCase();
    const html =
      encoding === 'base64'
        ? Uint8Array.from(Buffer.from(body, 'base64'))
        : encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : Uint8Array.from(body, (c) => c.charCodeAt(0));
    const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(partHeaders)?.[1]?.toLowerCase() ?? null;
    return { html, charset };
  }
  return null;
}
