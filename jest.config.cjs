/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/build/jest-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
