// Translation of bench/word_freq.py: build a deterministic text, count and rank its words.
const N_WORDS = 2000000;

const WORDS = [
  "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "river", "stone",
  "light", "shadow", "window", "garden", "silver", "orange", "market", "engine", "signal", "paper",
  "winter", "summer", "forest", "castle", "bridge", "rocket", "planet", "socket", "thread", "future",
  "a", "an", "and", "of", "to", "in", "is", "it", "that", "was",
  "loop", "task", "event", "queue", "timer", "await", "yield", "stack", "frame", "value",
];
const PUNCT = [",", ".", "!", "?", ";"];

function capitalize(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase();
}

// str.strip(chars)
function strip(s, chars) {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start])) start++;
  while (end > start && chars.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

function makeText(n, seed) {
  let state = seed;
  const parts = [];
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647; // < 2**47, exact in a double
    let r = Math.floor(state / 256);
    let word = WORDS[r % WORDS.length];
    r = Math.floor(r / WORDS.length);
    if (r % 16 === 0) word = word + String(Math.floor(r / 16) % 500);
    if (r % 7 === 0) word = capitalize(word);
    else if (r % 29 === 0) word = word.toUpperCase();
    if (r % 11 === 0) word = word + PUNCT[Math.floor(r / 11) % PUNCT.length];
    parts.push(word);
  }
  return parts.join(" ");
}

function countWords(text) {
  const counts = new Map();
  // The text is single-space separated, so split(" ") matches Python's str.split().
  for (const token of text.split(" ")) {
    const word = strip(token, ".,!?;").toLowerCase();
    if (word) counts.set(word, (counts.get(word) || 0) + 1);
  }
  return counts;
}

function main() {
  const text = makeText(N_WORDS, 12345);
  const counts = countWords(text);
  const ranked = [...counts.entries()].sort((a, b) => {
    if (a[1] !== b[1]) return b[1] - a[1];
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  });
  console.log(`${text.length} ${counts.size}`);
  console.log(ranked.slice(0, 5).map(([w, c]) => `${w}:${c}`).join(" "));
  console.log(ranked.slice(-3).map(([w, c]) => `${w}:${c}`).join(" "));
}

(async () => main())();
