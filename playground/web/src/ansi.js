// rustc's report arrives with the ANSI colours a terminal would show; this turns them into
// spans (bold and the few colours rustc's emitter uses, normal and bright alike) and makes
// every code such as E0382 a link to its explanation.
const STYLES = {
  1: 'b', 31: 'red', 91: 'red', 32: 'green', 92: 'green', 33: 'yellow', 93: 'yellow',
  34: 'blue', 94: 'blue', 36: 'cyan', 96: 'cyan',
};
const CODE = /\b([EJ]\d{4})\b/g;

export function renderAnsi(target, text, onCode) {
  target.replaceChildren();
  let classes = [];
  let last = 0;
  const sgr = /\x1b\[([\d;]*)m/g;
  for (let m; (m = sgr.exec(text)); ) {
    append(target, text.slice(last, m.index), classes, onCode);
    last = sgr.lastIndex;
    for (const n of m[1].split(';').map(Number)) {
      if (n === 0) classes = [];
      else if (STYLES[n]) classes = [...classes, STYLES[n]];
    }
  }
  append(target, text.slice(last), classes, onCode);
}

function append(target, text, classes, onCode) {
  if (!text) return;
  let at = 0;
  for (const m of text.matchAll(CODE)) {
    span(target, text.slice(at, m.index), classes);
    const a = document.createElement('a');
    a.className = ['code', ...classes].join(' ');
    a.href = '#';
    a.textContent = m[1];
    a.dataset.code = m[1];
    a.addEventListener('click', (e) => { e.preventDefault(); onCode(m[1]); });
    target.append(a);
    at = m.index + m[0].length;
  }
  span(target, text.slice(at), classes);
}

function span(target, text, classes) {
  if (!text) return;
  if (!classes.length) { target.append(text); return; }
  const s = document.createElement('span');
  s.className = classes.join(' ');
  s.textContent = text;
  target.append(s);
}
