package org.broadsheet.testpages;

/**
 * How a clean rendering is made to look scanned. Every effect is deterministic for a given seed.
 *
 * @param rotationDegrees skew, positive clockwise; kept under 2 degrees like a careful scan
 * @param noiseSigma      standard deviation of additive grey noise, in grey levels (0..255)
 * @param blurRadius      radius in pixels of a gaussian-like blur; 0 for none
 * @param jpegQuality     0..1 re-compression quality; 0 or 1 and above mean no re-compression
 * @param paperGrey       grey level of the paper (255 white); old newsprint is around 225
 */
public record Degradation(double rotationDegrees, double noiseSigma, double blurRadius, float jpegQuality,
                          int paperGrey, long seed) {

    public static final Degradation NONE = new Degradation(0, 0, 0, 1f, 255, 0);

    public Degradation {
        if (Math.abs(rotationDegrees) >= 2) throw new IllegalArgumentException("rotation must stay under 2 degrees");
        if (noiseSigma < 0 || blurRadius < 0) throw new IllegalArgumentException("negative noise or blur");
        if (paperGrey < 128 || paperGrey > 255) throw new IllegalArgumentException("paper grey must be 128..255");
    }

    /** A typical archive scan: slight skew, some noise, a little softness, JPEG at 75%. */
    public static Degradation scan(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double rotation = (r.nextDouble() - 0.5) * 1.6;
        return new Degradation(rotation, 10, 0.8, 0.75f, 235, seed);
    }

    public boolean clean() {
        return rotationDegrees == 0 && noiseSigma == 0 && blurRadius == 0 && !recompresses() && paperGrey == 255;
    }

    public boolean recompresses() { return jpegQuality > 0 && jpegQuality < 1; }

    public Degradation withRotation(double degrees) {
        return new Degradation(degrees, noiseSigma, blurRadius, jpegQuality, paperGrey, seed);
    }
}
