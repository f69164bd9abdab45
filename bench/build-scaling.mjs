/**
 * Build-time scaling: copy the project into bench/.tmp/<pid>/scale-N (no dist, no .git; its
 * node_modules is a folder of symlinks to ours, so Astro's and Vite's caches, which live
 * in node_modules/.astro and node_modules/.vite, stay the copy's own), replace its lessons
 * with N synthetic ones, and time `astro build` from cold caches (BUILDS times), keeping
 * the median of wall and CPU time (Astro check skipped; the Pagefind index is part of the
 * build). The real content/ folder is never written to.
 */
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanBuildEnv, runCommand } from './exec.mjs';
import { median } from './median.mjs';
import { ROOT, TMP } from './paths.mjs';
import { syntheticLesson } from './synthetic-lessons.mjs';

/** Lesson counts to build. */
export const LESSON_COUNTS = [6, 100, 500];

/** Cold builds a count; the median (for two, the mean) is reported, each build is listed. */
export const BUILDS = 2;

/** The verdict rule: ms a page at the largest count ≤ this factor × ms a page at the middle count. */
export const LINEAR_FACTOR = 1.5;

// bench/ stays out too: the copy lives inside bench/.tmp, and a folder cannot be copied into itself.
const SKIP_TOP = new Set(['node_modules', '.git', '.astro', 'bench', 'test-results', 'playwright-report']);
const SKIP_IN_NODE_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** Whether a top-level entry stays out of the copy: dependencies, builds, caches, the bench. */
function isSkipped(name) {
  return SKIP_TOP.has(name) || name.startsWith('dist');
}

/** Copy the project into `dir`, with node_modules as symlinks to the real packages. */
async function copyProject(dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(ROOT)) {
    if (!isSkipped(name)) await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(ROOT, 'node_modules'))) {
    if (!SKIP_IN_NODE_MODULES.has(name))
      await symlink(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
}

/**
 * Replace the copy's lessons with `count` synthetic ones. The first take the real lessons'
 * file names, so pages that link to or look up a lesson by slug still find one.
 */
async function writeLessons(dir, count) {
  const lessonsDir = path.join(dir, 'content', 'lessons');
  const realNames = (await readdir(lessonsDir)).filter((name) => /^[^_].*\.mdx$/.test(name)).sort();
  await rm(lessonsDir, { recursive: true, force: true });
  await mkdir(lessonsDir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const name = realNames[i - 1] ?? `synthetic-${String(i).padStart(4, '0')}.mdx`;
    await writeFile(path.join(lessonsDir, name), syntheticLesson(i));
  }
}

/** How many HTML pages a build wrote. */
async function countPages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Remove a copy's build output and every cache, so the next build starts cold. */
async function clearBuild(dir) {
  for (const sub of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.vite-temp',
  ]) {
    await rm(path.join(dir, sub), { recursive: true, force: true });
  }
}

/** Build `BUILDS` times, cold, with `count` lessons; returns median wall and CPU seconds, pages, ms a page. */
async function measureCount(count) {
  const dir = path.join(TMP, `scale-${count}`);
  try {
    await copyProject(dir);
    await writeLessons(dir, count);
    const times = [];
    const cpuTimes = [];
    let output = '';
    for (let i = 0; i < BUILDS; i++) {
      await clearBuild(dir);
      const build = await runCommand('npx', ['astro', 'build'], { cwd: dir, env: cleanBuildEnv() });
      times.push(build.seconds);
      if (build.cpuSeconds !== null) cpuTimes.push(build.cpuSeconds);
      output = build.output;
    }
    const seconds = median(times);
    const cpuSeconds = median(cpuTimes);
    const pages = await countPages(path.join(dir, 'dist'));
    const indexed = Number(/Indexed (\d+) pages/.exec(output)?.[1] ?? NaN);
    return {
      lessons: count,
      pages,
      indexed,
      seconds,
      times,
      cpuTimes,
      msPerPage: (seconds * 1000) / pages,
      cpuSeconds,
      cpuMsPerPage: cpuSeconds === null ? null : (cpuSeconds * 1000) / pages,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Time the builds and judge them: "linear or better" when CPU ms a page at the largest
 * count is at most LINEAR_FACTOR times CPU ms a page at the middle count. CPU time (the
 * build's whole process tree, user + system) is judged rather than wall time because wall
 * time on a shared machine measures the neighbours too; wall time judges where CPU time
 * cannot be read (off Linux). Both ratios are reported.
 */
export async function runBuildScaling(counts = LESSON_COUNTS) {
  const rows = [];
  for (const count of counts) {
    console.log(`  scaling: building ${count} lessons…`);
    try {
      const row = await measureCount(count);
      rows.push(row);
      console.log(
        `  scaling: ${count} lessons → ${row.seconds.toFixed(1)} s wall (${row.msPerPage.toFixed(0)} ms/page), ${row.cpuSeconds?.toFixed(1)} s CPU (${row.cpuMsPerPage?.toFixed(0)} ms/page)`,
      );
    } catch (error) {
      rows.push({ lessons: count, error: String(error.message ?? error).slice(0, 2000) });
      console.log(`  scaling: ${count} lessons failed`);
    }
  }
  const [middle, largest] = rows.slice(-2);
  const ok = middle && largest && !middle.error && !largest.error;
  const wallRatio = ok ? largest.msPerPage / middle.msPerPage : null;
  const cpuRatio =
    ok && largest.cpuMsPerPage !== null && middle.cpuMsPerPage
      ? largest.cpuMsPerPage / middle.cpuMsPerPage
      : null;
  const judged = cpuRatio === null ? 'wall' : 'CPU';
  const ratio = cpuRatio ?? wallRatio;
  const marginal = (key) =>
    ok && largest[key] !== null
      ? ((largest[key] - middle[key]) * 1000) / (largest.pages - middle.pages)
      : null;
  return {
    rows,
    ratio,
    wallRatio,
    cpuRatio,
    judged,
    marginalMs: marginal('seconds'),
    marginalCpuMs: marginal('cpuSeconds'),
    pass: ratio !== null && ratio <= LINEAR_FACTOR,
    middle: middle?.lessons,
    largest: largest?.lessons,
  };
}
