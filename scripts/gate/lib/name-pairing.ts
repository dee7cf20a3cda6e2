/** Result of lining up the names on two sides of a contract. */
export interface NamePairing<A, B> {
    /** Same name on both sides. */
    matched: [A, B][];
    /** Present on one side each and probably the same thing renamed (case change, similar or sole leftovers). */
    renamed: [A, B][];
    apexOnly: A[];
    tsOnly: B[];
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

function similarity(a: string, b: string): number {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return 1 - editDistance(x, y) / Math.max(x.length, y.length, 1);
}

/**
 * Pairs Apex-side and TS-side names: exact matches first, then leftovers that differ only in case or
 * are similar (at least half the characters agree), then a single leftover on each side.
 */
export function pairNames<A, B>(
    apex: A[],
    tsSide: B[],
    nameA: (a: A) => string,
    nameB: (b: B) => string
): NamePairing<A, B> {
    const result: NamePairing<A, B> = { matched: [], renamed: [], apexOnly: [], tsOnly: [] };
    let restB = [...tsSide];
    const restA: A[] = [];
    for (const a of apex) {
        const b = restB.find((candidate) => nameB(candidate) === nameA(a));
        if (b === undefined) {
            restA.push(a);
        } else {
            result.matched.push([a, b]);
            restB = restB.filter((candidate) => candidate !== b);
        }
    }
    const candidates: { a: A; b: B; score: number }[] = [];
    for (const a of restA) {
        for (const b of restB) {
            const score = similarity(nameA(a), nameB(b));
            if (score >= 0.5) {
                candidates.push({ a, b, score });
            }
        }
    }
    candidates.sort((x, y) => y.score - x.score);
    const usedA = new Set<A>();
    const usedB = new Set<B>();
    for (const { a, b } of candidates) {
        if (!usedA.has(a) && !usedB.has(b)) {
            result.renamed.push([a, b]);
            usedA.add(a);
            usedB.add(b);
        }
    }
    const leftA = restA.filter((a) => !usedA.has(a));
    const leftB = restB.filter((b) => !usedB.has(b));
    if (leftA.length === 1 && leftB.length === 1) {
        result.renamed.push([leftA[0], leftB[0]]);
    } else {
        result.apexOnly.push(...leftA);
        result.tsOnly.push(...leftB);
    }
    return result;
}
