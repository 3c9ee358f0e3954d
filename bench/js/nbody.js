// Translation of bench/nbody.py: the Sun and the four Jovian planets, symplectic steps.
const STEPS = 250000;

const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

function makeBody(x, y, z, vx, vy, vz, mass) {
  // A body is [position, velocity, mass]; position and velocity are 3-element arrays.
  return [[x, y, z], [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
          mass * SOLAR_MASS];
}

function makeSystem() {
  const sun = makeBody(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  const jupiter = makeBody(
    4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
    9.54791938424326609e-04);
  const saturn = makeBody(
    8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
    2.85885980666130812e-04);
  const uranus = makeBody(
    1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
    4.36624404335156298e-05);
  const neptune = makeBody(
    1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
    5.15138902046611451e-05);
  return [sun, jupiter, saturn, uranus, neptune];
}

function makePairs(bodies) {
  const pairs = [];
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      pairs.push([bodies[i], bodies[j]]);
    }
  }
  return pairs;
}

function advance(dt, steps, bodies, pairs) {
  for (let s = 0; s < steps; s++) {
    for (const [[[x1, y1, z1], v1, m1], [[x2, y2, z2], v2, m2]] of pairs) {
      const dx = x1 - x2;
      const dy = y1 - y2;
      const dz = z1 - z2;
      const mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5));
      const b1m = m1 * mag;
      const b2m = m2 * mag;
      v1[0] -= dx * b2m;
      v1[1] -= dy * b2m;
      v1[2] -= dz * b2m;
      v2[0] += dx * b1m;
      v2[1] += dy * b1m;
      v2[2] += dz * b1m;
    }
    for (const [r, [vx, vy, vz], m] of bodies) {
      r[0] += dt * vx;
      r[1] += dt * vy;
      r[2] += dt * vz;
    }
  }
}

function energy(bodies, pairs) {
  let e = 0.0;
  for (const [[[x1, y1, z1], v1, m1], [[x2, y2, z2], v2, m2]] of pairs) {
    const dx = x1 - x2;
    const dy = y1 - y2;
    const dz = z1 - z2;
    e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5);
  }
  for (const [r, [vx, vy, vz], m] of bodies) {
    e += m * (vx * vx + vy * vy + vz * vz) / 2.0;
  }
  return e;
}

function offsetMomentum(bodies) {
  let px = 0.0, py = 0.0, pz = 0.0;
  for (const [r, [vx, vy, vz], m] of bodies) {
    px -= vx * m;
    py -= vy * m;
    pz -= vz * m;
  }
  const sunV = bodies[0][1];
  const sunM = bodies[0][2];
  sunV[0] = px / sunM;
  sunV[1] = py / sunM;
  sunV[2] = pz / sunM;
}

function main() {
  const bodies = makeSystem();
  const pairs = makePairs(bodies);
  offsetMomentum(bodies);
  console.log(energy(bodies, pairs).toFixed(9));
  advance(0.01, STEPS, bodies, pairs);
  console.log(energy(bodies, pairs).toFixed(9));
}

(async () => main())();
