/**
 * The customer features that segmentation works on, as one dense matrix.
 *
 * Row-major in a single Float64Array so k-means and the quality measures can run over 100,000+
 * customers without allocating per customer: the value of row i, column j is
 * values[i * columns + j].
 */
export interface FeatureMatrix {
  readonly rows: number;
  readonly columns: number;
  /** One name per column, e.g. 'totalSpend'. */
  readonly names: readonly string[];
  readonly values: Float64Array;
}

/** One feature of every customer, in its own units. */
export interface FeatureColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

/** Builds the matrix from columns of equal length; every value must be a finite number. */
export function featureMatrixFromColumns(columns: readonly FeatureColumn[]): FeatureMatrix {
  if (columns.length === 0) throw new RangeError('A feature matrix needs at least one column.');
  const rows = columns[0]!.values.length;
  const d = columns.length;
  const names = columns.map((c) => c.name);
  if (new Set(names).size !== names.length) throw new RangeError(`Feature names must differ (got ${names.join(', ')}).`);
  const values = new Float64Array(rows * d);
  for (let j = 0; j < d; j++) {
    const column = columns[j]!;
    if (column.values.length !== rows) {
      throw new RangeError(`Feature "${column.name}" has ${column.values.length} values; "${columns[0]!.name}" has ${rows}.`);
    }
    for (let i = 0; i < rows; i++) {
      const v = column.values[i]!;
      if (!Number.isFinite(v)) throw new RangeError(`Feature "${column.name}" has a value that is not a finite number at row ${i} (${v}).`);
      values[i * d + j] = v;
    }
  }
  return { rows, columns: d, names, values };
}

/** A matrix from plain rows, mostly for tests and small examples. */
export function featureMatrixFromRows(names: readonly string[], rows: readonly (readonly number[])[]): FeatureMatrix {
  return featureMatrixFromColumns(names.map((name, j) => ({ name, values: rows.map((r) => r[j] ?? NaN) })));
}

export function columnIndex(matrix: Pick<FeatureMatrix, 'names'>, name: string): number {
  const j = matrix.names.indexOf(name);
  if (j < 0) throw new RangeError(`No feature named "${name}" (features: ${matrix.names.join(', ')}).`);
  return j;
}

/** A copy of one column. */
export function columnValues(matrix: FeatureMatrix, column: number | string): Float64Array {
  const j = typeof column === 'string' ? columnIndex(matrix, column) : column;
  const out = new Float64Array(matrix.rows);
  for (let i = 0; i < matrix.rows; i++) out[i] = matrix.values[i * matrix.columns + j]!;
  return out;
}

/** The rows at the given indexes (repeats allowed), as a new matrix. */
export function selectRows(matrix: FeatureMatrix, rowIndexes: ArrayLike<number>): FeatureMatrix {
  const d = matrix.columns;
  const values = new Float64Array(rowIndexes.length * d);
  for (let r = 0; r < rowIndexes.length; r++) {
    const i = rowIndexes[r]!;
    values.set(matrix.values.subarray(i * d, i * d + d), r * d);
  }
  return { rows: rowIndexes.length, columns: d, names: matrix.names, values };
}

/**
 * Log of (1 + |x|) with the sign of x. For the non-negative money features it is plain log1p;
 * the sign keeps net refunds (a negative total) usable instead of failing on log of a negative.
 */
export function signedLog1p(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

export function inverseSignedLog1p(y: number): number {
  return y < 0 ? -Math.expm1(-y) : Math.expm1(y);
}

/**
 * How each column was turned into z-scores: z = (t(x) - mean) / sd, where t is signedLog1p for
 * the columns marked log1p and the identity otherwise; mean and sd are those of t(x) over all rows
 * (population sd, dividing by n). A constant column has sd 0 and becomes all zeros.
 */
export interface FeatureScaling {
  readonly names: readonly string[];
  readonly log1p: readonly boolean[];
  readonly means: readonly number[];
  readonly sds: readonly number[];
}

export interface StandardiseOptions {
  /** Names of skewed columns (money, counts) to pass through signedLog1p before the z-score. */
  log1p?: readonly string[];
}

/** Z-scores of every column, with the means and sds kept to go back to original units. */
export function standardise(matrix: FeatureMatrix, options: StandardiseOptions = {}): { matrix: FeatureMatrix; scaling: FeatureScaling } {
  const { rows: n, columns: d } = matrix;
  const logged = matrix.names.map(() => false);
  for (const name of options.log1p ?? []) logged[columnIndex(matrix, name)] = true;
  const values = new Float64Array(matrix.values.length);
  const means: number[] = [];
  const sds: number[] = [];
  for (let j = 0; j < d; j++) {
    const log = logged[j]!;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const raw = matrix.values[i * d + j]!;
      const t = log ? signedLog1p(raw) : raw;
      values[i * d + j] = t;
      sum += t;
    }
    const mean = n > 0 ? sum / n : 0;
    // Two passes (mean first, then squared deviations) so large money values do not cancel.
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const dev = values[i * d + j]! - mean;
      ss += dev * dev;
    }
    const sd = n > 0 ? Math.sqrt(ss / n) : 0;
    // A spread this small against the values' size is rounding noise: treat the column as constant.
    const effectiveSd = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 0;
    for (let i = 0; i < n; i++) {
      values[i * d + j] = effectiveSd > 0 ? (values[i * d + j]! - mean) / effectiveSd : 0;
    }
    means.push(mean);
    sds.push(effectiveSd);
  }
  return {
    matrix: { rows: n, columns: d, names: matrix.names, values },
    scaling: { names: matrix.names, log1p: logged, means, sds },
  };
}

/** A z-score of column j back in the column's original units. */
export function toOriginalUnits(scaling: FeatureScaling, column: number, z: number): number {
  const t = scaling.means[column]! + z * scaling.sds[column]!;
  return scaling.log1p[column] ? inverseSignedLog1p(t) : t;
}

/**
 * Centroids (k rows of z-scores) back in original units. For a log1p column this is the
 * back-transformed mean of the logs (a geometric-type mean), not the segment's arithmetic mean;
 * profile.ts gives means and medians from the original columns.
 */
export function centroidsInOriginalUnits(scaling: FeatureScaling, centroids: Float64Array): Float64Array {
  const d = scaling.names.length;
  const out = new Float64Array(centroids.length);
  for (let r = 0; r < centroids.length / d; r++) {
    for (let j = 0; j < d; j++) out[r * d + j] = toOriginalUnits(scaling, j, centroids[r * d + j]!);
  }
  return out;
}
