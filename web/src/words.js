// Words as the service counts them: runs of non-space characters.
export function wordCount(text) {
  const words = String(text ?? '').trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
