import { measureDirectoryPage } from './bench/directory.ts';
const r = await measureDirectoryPage(process.argv[2], 20, Number(process.argv[3] ?? 8));
console.log(JSON.stringify(r));
