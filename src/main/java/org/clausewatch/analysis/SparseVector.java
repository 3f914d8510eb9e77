package org.clausewatch.analysis;

import java.util.Arrays;

/** Feature slots in ascending order with their values; immutable once built. */
final class SparseVector {
    private final int[] indices;
    private final float[] values;

    SparseVector(int[] indices, float[] values) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(
                    "sparse vector has " + indices.length + " indices but " + values.length + " values");
        }
        this.indices = indices.clone();
        this.values = values.clone();
    }

    int size() {
        return indices.length;
    }

    int index(int position) {
        return indices[position];
    }

    float value(int position) {
        return values[position];
    }

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * weights[indices[i]];
        }
        return sum;
    }

    /** Whether every value is a finite number. */
    boolean finite() {
        for (float value : values) {
            if (!Float.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    double squaredNorm() {
        double sum = 0;
        for (float value : values) {
            sum += value * value;
        }
        return sum;
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(indices);
    }
}
