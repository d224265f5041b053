import { syntheticData } from './synthetic.js';
process.stdout.write(syntheticData(1000));
