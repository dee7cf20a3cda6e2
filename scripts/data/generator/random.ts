/** Seeded pseudo-random numbers (mulberry32): the same seed always yields the same data set. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    }

    /** An integer in [min, max], both included. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        if (items.length === 0) {
            throw new Error('pick from an empty list');
        }
        return items[Math.floor(this.next() * items.length)];
    }

    /** Picks with the given relative weights. */
    weighted<T>(items: readonly (readonly [T, number])[]): T {
        const total = items.reduce((sum, [, weight]) => sum + weight, 0);
        let roll = this.next() * total;
        for (const [item, weight] of items) {
            roll -= weight;
            if (roll < 0) {
                return item;
            }
        }
        return items[items.length - 1][0];
    }

    /** A shuffled copy (Fisher–Yates). */
    shuffle<T>(items: readonly T[]): T[] {
        const copy = [...items];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    }

    /** A fresh generator for one part of the data, so that parts do not disturb each other's sequences. */
    fork(label: string): Random {
        let hash = this.state ^ 0x811c9dc5;
        for (let i = 0; i < label.length; i++) {
            hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
        }
        return new Random(hash >>> 0);
    }
}
