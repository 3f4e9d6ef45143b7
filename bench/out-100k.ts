/** `kam classify --out` on 100,000 rows beside a plain streaming .xlsx writer (bench/_out.ts). Goal (issue 14): faster than the peer, under 300 MB. */
import { benchOut } from "./_out";

benchOut("out-100k", 100_000, 3);
