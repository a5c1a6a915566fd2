import { campaignWindow, isInCampaign } from '../campaign';

describe('the "For the Poor" campaign', () => {
  it('runs from 17 October to 18 November, both days included', () => {
    expect(isInCampaign('2024-10-17', 2024)).toBe(true);
    expect(isInCampaign('2024-11-18', 2024)).toBe(true);
    expect(isInCampaign('2024-10-16', 2024)).toBe(false);
    expect(isInCampaign('2024-11-19', 2024)).toBe(false);
  });

  it("belongs to its year: a date in another year's window is outside it", () => {
    expect(isInCampaign('2025-11-01', 2024)).toBe(false);
  });

  it('is reported by 30 November', () => {
    expect(campaignWindow(2025)).toEqual({ start: '2025-10-17', end: '2025-11-18', reportDue: '2025-11-30' });
  });
});
