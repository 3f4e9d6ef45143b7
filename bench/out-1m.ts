/** `kam classify --out` on 1,048,575 rows, a full Excel sheet with the header (bench/_out.ts). Goal (issue 14): under 30 s and 1.5 GB. */
import { benchOut } from "./_out";

benchOut("out-1m", 1_048_575, 1);
