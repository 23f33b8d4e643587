-- security: placeholder until this area's tables land (hand-written SQL, statements split by the usual drizzle breakpoint line)
SELECT 1;
