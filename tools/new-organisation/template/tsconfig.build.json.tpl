{
  "extends": "./tsconfig.json",
  "exclude": ["src/**/__tests__/**"]
}
