const money = new Intl.NumberFormat('en-US');
/** 1500000 → "1,500,000 đồng", for error messages. */
export const dong = (n: number) => `${money.format(n)} đồng`;
