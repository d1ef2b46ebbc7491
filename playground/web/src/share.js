// A share link carries the program itself in the URL's fragment (#code=...), which browsers
// never send to the server: nothing is stored anywhere. base64url of the UTF-8 text.
export function encodeProgram(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeProgram(fragment) {
  const m = /^#?code=([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!m) return null;
  try {
    const binary = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true })
      .decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
