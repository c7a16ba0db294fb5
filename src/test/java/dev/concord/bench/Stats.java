package dev.concord.bench;

import java.util.Arrays;
import java.util.Collection;

/** Medians, quantiles and spreads of a benchmark's rounds. */
final class Stats {
    private Stats() {
    }

    /** The {@code q} quantile (0 to 1) of {@code values}, interpolated; NaN when there are none. */
    static double quantile(Collection<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = (int) Math.ceil(at);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }

    static double median(Collection<Double> values) {
        return quantile(values, 0.5);
    }

    static double min(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** A median and its spread: min–max over the rounds. */
    record Spread(double median, double low, double high, int n) {
        static Spread of(Collection<Double> values) {
            return new Spread(Stats.median(values), Stats.min(values), Stats.max(values), values.size());
        }

        static Spread of(double... values) {
            return of(Arrays.stream(values).boxed().toList());
        }

        boolean isEmpty() {
            return n == 0;
        }
    }
}
