// Translation of bench/json_builder.py: build nested records and serialise them by hand.
// JavaScript has a single number type, so the serialiser tells ints from floats with
// Number.isInteger; the Python program builds its floats so that they are never whole.
const N = 100000;

const TAGS = ["red", "green", "blue", "fast", "slow", "new", "old", "hot"];

function makeRecord(i) {
  const tags = [];
  for (let k = 0; k < i % 4; k++) tags.push(TAGS[(i + k) % TAGS.length]);
  const items = [];
  for (let k = 0; k < i % 3 + 1; k++) {
    items.push({
      sku: `SKU-${(i * 31 + k) % 9973}`,
      qty: (i + k) % 7 + 1,
      price: ((i + k) * 13 % 5000) / 8 + 0.01,
    });
  }
  return {
    id: i,
    name: `user_${i}`,
    email: `user${i}@example.com`,
    score: (i * 37 % 10000) / 100 + 0.005,
    active: i % 3 !== 0,
    parent: i % 5 === 0 ? null : Math.floor(i / 2),
    tags: tags,
    items: items,
    note: i % 17 === 0 ? 'say "hi" \\ bye\n' : "",
  };
}

function escape(s) {
  return s.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");
}

function serialize(v, out) {
  if (v === null) {
    out.push("null");
  } else if (v === true) {
    out.push("true");
  } else if (v === false) {
    out.push("false");
  } else if (typeof v === "number") {
    out.push(Number.isInteger(v) ? String(v) : v.toFixed(6));
  } else if (typeof v === "string") {
    out.push('"' + escape(v) + '"');
  } else if (Array.isArray(v)) {
    out.push("[");
    let first = true;
    for (const item of v) {
      if (!first) out.push(",");
      first = false;
      serialize(item, out);
    }
    out.push("]");
  } else if (typeof v === "object") {
    out.push("{");
    let first = true;
    for (const key of Object.keys(v)) {
      if (!first) out.push(",");
      first = false;
      out.push('"' + escape(key) + '":');
      serialize(v[key], out);
    }
    out.push("}");
  } else {
    throw new TypeError("cannot serialize");
  }
}

function main() {
  const records = [];
  for (let i = 0; i < N; i++) records.push(makeRecord(i));
  const doc = { version: 1, count: N, records: records };
  const out = [];
  serialize(doc, out);
  const text = out.join("");
  let checksum = 0;
  for (let i = 0; i < text.length; i += 97) checksum += text.charCodeAt(i);
  console.log(`${text.length} ${checksum}`);
}

(async () => main())();
