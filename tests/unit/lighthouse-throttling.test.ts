import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown, rerunCpuSlowdown } from '../helpers/lighthouse-throttling.ts';

describe('the CPU slowdown calibrated to the host (Lighthouse throttling guide)', () => {
	it('follows the calculator at the points it names', () => {
		expect(calibratedCpuSlowdown(150)).toBe(1);
		expect(calibratedCpuSlowdown(800)).toBe(2);
		expect(calibratedCpuSlowdown(1300)).toBe(3);
		expect(calibratedCpuSlowdown(1533)).toBeCloseTo(4, 2);
		expect(calibratedCpuSlowdown(2000)).toBeCloseTo(6, 2);
		expect(calibratedCpuSlowdown(1050)).toBeCloseTo(2.5, 5);
	});

	it('gives no calibration for an index it has no figure for', () => {
		expect(calibratedCpuSlowdown(Number.NaN)).toBeUndefined();
		expect(calibratedCpuSlowdown(100)).toBeUndefined();
	});

	it('lowers the profile’s slowdown on a slow host and never raises it on a fast one', () => {
		expect(rerunCpuSlowdown(4, 900)).toBeCloseTo(2.2, 5);
		expect(rerunCpuSlowdown(4, 2500)).toBe(4);
		// The desktop profile does not slow the CPU at all: nothing to calibrate.
		expect(rerunCpuSlowdown(1, 900)).toBe(1);
		expect(rerunCpuSlowdown(4, 50)).toBe(4);
	});
});
