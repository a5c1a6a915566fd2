{
  "name": "@chung-tay/{{id}}",
  "version": "0.1.0",
  "private": true,
  "description": "{{en}} ({{vi}}): its subgraph of the Chung Tay hub",
  "main": "dist/lib.js",
  "types": "dist/lib.d.ts",
  "exports": {
    ".": {
      "types": "./dist/lib.d.ts",
      "default": "./dist/lib.js"
    }
  },
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "typecheck": "tsc -p tsconfig.json --noEmit",
    "test": "jest",
    "start": "node dist/index.js"
  },
  "dependencies": {
    "@chung-tay/common": "*"
  },
  "engines": {
    "node": "^22.15.0 || ^24.0.0"
  }
}
