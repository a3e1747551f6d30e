/** Example returns and row builders for tests: they live with the reader, since the synthetic faults use them too. */
export * from '../../src/ssda903/exampleReturn.js'
