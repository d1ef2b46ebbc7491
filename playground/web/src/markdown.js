// The explanations are short Markdown files (headings, paragraphs, lists, fenced code, inline
// code). This renders exactly that subset into DOM nodes, never through innerHTML.
export function renderMarkdown(target, text) {
  target.replaceChildren();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.startsWith('```')) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      i++;
      const pre = document.createElement('pre');
      pre.textContent = code.join('\n');
      target.append(pre);
    } else if (/^#{1,6} /.test(line)) {
      const level = Math.min(line.indexOf(' '), 3);
      target.append(inline(document.createElement('h' + level), line.slice(level).trim()));
      i++;
    } else if (/^\s*[-*] /.test(line)) {
      const ul = document.createElement('ul');
      for (; i < lines.length && /^\s*[-*] /.test(lines[i]); i++) {
        let item = lines[i].replace(/^\s*[-*] /, '');
        for (; i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]); i++) item += ' ' + lines[i + 1].trim();
        ul.append(inline(document.createElement('li'), item));
      }
      target.append(ul);
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(```|#{1,6} |\s*[-*] )/.test(lines[i]); i++) para.push(lines[i]);
      target.append(inline(document.createElement('p'), para.join(' ')));
    }
  }
}

// `code`, **bold** and *emphasis*; everything else is text.
function inline(el, text) {
  for (const part of text.split(/(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*)/)) {
    if (!part) continue;
    let node;
    if (part.startsWith('`')) node = document.createElement('code');
    else if (part.startsWith('**')) node = document.createElement('strong');
    else if (part.startsWith('*') && part.length > 2) node = document.createElement('em');
    if (node) {
      node.textContent = part.replace(/^(`|\*\*|\*)|(`|\*\*|\*)$/g, '');
      el.append(node);
    } else {
      el.append(part);
    }
  }
  return el;
}
