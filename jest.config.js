/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  // A worker that ends a file holding more than this is replaced: files that read hundreds of
  // workbooks otherwise leave the next file in that worker a heap it did not make.
  workerIdleMemoryLimit: "700MB",
};
