import { CLAUSES } from '../src/qa/clauses';
console.log(JSON.stringify(CLAUSES));
