// The playground page: a CodeMirror editor, the Check button (and Ctrl+Enter), the rustc-style
// report, underlines with their labels on hover, explanations, examples, share links.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { java } from '@codemirror/lang-java';
import { oneDark } from '@codemirror/theme-one-dark';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { renderAnsi } from './ansi.js';
import { renderMarkdown } from './markdown.js';
import { encodeProgram, decodeProgram } from './share.js';

const $ = (id) => document.getElementById(id);
const STARTER = `import dev.jborrow.Owned;

class Main {
    @Owned static final class Buffer implements AutoCloseable {
        void write(String s) {}
        @Override public void close() {}
    }

    public static void main(String[] args) {
        Buffer b = new Buffer();
        b.close();
        b.write("hello");
    }
}
`;

let examples = [];
let current = null; // the example on screen, for its Rust twin

const view = new EditorView({
  parent: $('editor'),
  doc: decodeProgram(location.hash) ?? STARTER,
  extensions: [
    keymap.of([{ key: 'Mod-Enter', run: () => { check(); return true; } }]),
    basicSetup,
    java(),
    oneDark,
    lintGutter(),
    EditorView.contentAttributes.of({ 'aria-label': 'Java program editor' }),
  ],
});

async function check() {
  const source = view.state.doc.toString();
  $('status').textContent = 'Checking…';
  $('check').disabled = true;
  try {
    const response = await fetch('api/check', {
      method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: source,
    });
    const answer = await response.json();
    if (!response.ok) {
      $('status').textContent = answer.error ?? `The server answered ${response.status}.`;
      return;
    }
    const { summary, findings } = answer;
    renderAnsi($('report'), summary.report, explain);
    $('status').textContent = verdict(summary);
    // Underlines only while the text is the one checked: offsets of an edited text would lie.
    if (view.state.doc.toString() === source) {
      view.dispatch(setDiagnostics(view.state, underlines(summary, findings)));
    }
  } catch (e) {
    $('status').textContent = `The playground could not be reached (${e.message}).`;
  } finally {
    $('check').disabled = false;
  }
}

function verdict({ errors, warnings, millis }) {
  const n = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const what = errors + warnings === 0 ? 'No errors: the ownership rules hold.'
    : `${n(errors, 'error')}, ${n(warnings, 'warning')}.`;
  return `${what} Checked in ${millis} ms.`;
}

// Each finding's primary span is an error (or warning) underline whose hover says the headline
// and the label; each secondary label is an info underline with its own text, as rustc's ---.
function underlines(summary, findings) {
  const doc = view.state.doc;
  const offset = (line, column) => {
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(l.from + column - 1, l.to);
  };
  const range = (s) => {
    const from = offset(s.line, s.column);
    return { from, to: Math.max(offset(s.endLine, s.endColumn), from + 1) };
  };
  const out = [];
  for (const f of findings) {
    const headline = `${f.level}[${f.code}]: ${f.message}`;
    out.push({
      ...range(f.primary), severity: f.level === 'warning' ? 'warning' : 'error', source: f.code,
      message: f.primary.label ? `${headline}\n${f.primary.label}` : headline,
    });
    for (const l of f.labels) {
      out.push({ ...range(l), severity: 'info', source: f.code, message: l.label || headline });
    }
  }
  for (const e of summary.javacErrors) {
    if (e.from >= 0 && e.from < doc.length) {
      out.push({ from: e.from, to: Math.min(e.to, doc.length), severity: 'error', message: e.message });
    }
  }
  return out.map((d) => ({ ...d, to: Math.min(d.to, doc.length) }));
}

async function explain(code) {
  const response = await fetch(`api/explain/${encodeURIComponent(code)}`);
  const text = await response.text();
  renderMarkdown($('explain-body'), response.ok ? text : JSON.parse(text).error);
  $('explain-panel').hidden = false;
  document.querySelector('main').classList.add('explaining');
  $('explain-panel').focus();
}

function closeExplanation() {
  $('explain-panel').hidden = true;
  document.querySelector('main').classList.remove('explaining');
  view.focus();
}

function setProgram(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  view.dispatch(setDiagnostics(view.state, []));
  $('report').replaceChildren();
  $('share-link').hidden = true;
  $('status').textContent = 'Press Check (Ctrl+Enter) to check this program.';
}

function showExample(id) {
  current = examples.find((e) => e.id === id) ?? null;
  if (!current) return;
  setProgram(current.java);
  $('twin').hidden = !current.rust;
  showTwin(false);
}

function showTwin(open) {
  $('twin-panel').hidden = !open;
  $('twin').setAttribute('aria-expanded', String(open));
  if (open && current) {
    $('twin-source').textContent = current.rust;
    renderAnsi($('twin-output'), current.rustc, explain);
  }
}

async function loadExamples() {
  examples = await (await fetch('api/examples')).json();
  const groups = new Map();
  for (const e of examples) {
    if (!groups.has(e.group)) {
      const g = document.createElement('optgroup');
      g.label = e.group;
      groups.set(e.group, g);
      $('examples').append(g);
    }
    groups.get(e.group).append(new Option(e.title, e.id));
  }
}

function share() {
  const link = `${location.origin}${location.pathname}#code=${encodeProgram(view.state.doc.toString())}`;
  history.replaceState(null, '', link);
  $('share-link').hidden = false;
  $('share-link').value = link;
  $('share-link').select();
  navigator.clipboard?.writeText(link).then(
    () => { $('status').textContent = 'Share link copied to the clipboard.'; },
    () => { $('status').textContent = 'Share link ready: copy it from the box.'; });
}

$('check').addEventListener('click', check);
$('share').addEventListener('click', share);
$('examples').addEventListener('change', (e) => showExample(e.target.value));
$('twin').addEventListener('click', () => showTwin($('twin-panel').hidden));
$('explain-close').addEventListener('click', closeExplanation);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !$('explain-panel').hidden) closeExplanation();
});
window.addEventListener('hashchange', () => {
  const text = decodeProgram(location.hash);
  if (text !== null && text !== view.state.doc.toString()) setProgram(text);
});
loadExamples().catch((e) => { $('status').textContent = `No examples: ${e.message}`; });
