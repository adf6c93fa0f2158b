import { ADVERSARIAL_UNITS, repeatTo } from './bench-texts';
import { coldStages } from './cold-stages';
import { timeRuns } from './time-runs';
const kind = process.argv[2] ?? 'abbreviations';
const text = repeatTo(ADVERSARIAL_UNITS[kind] ?? '', Number(process.argv[3] ?? 1000000));
for (const s of coldStages(text)) s.run();
for (const s of coldStages(text)) { const t = timeRuns(() => s.run(), 1, 0); console.log(s.name.padEnd(44), Math.min(t.wallMs, t.cpuMs).toFixed(1)); }
