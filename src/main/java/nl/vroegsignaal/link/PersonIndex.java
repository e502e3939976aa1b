package nl.vroegsignaal.link;

import java.util.Arrays;

/**
 * Pseudonym bytes to person index (the order of first appearance in personen.csv), with open addressing
 * over one byte arena: event rows are linked without creating a String per row. Not thread-safe while
 * adding; safe to share for lookups once filled.
 */
final class PersonIndex {
    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1025];
    private int[] hashes = new int[1024];
    private int size;
    private int[] table = new int[2048]; // slot -> index + 1; 0 is empty
    private int mask = table.length - 1;

    int size() {
        return size;
    }

    /** The index of the pseudonym, or -1 if unknown. */
    int find(byte[] b, int start, int end) {
        int h = hash(b, start, end);
        int slot = h & mask;
        while (true) {
            int v = table[slot];
            if (v == 0) {
                return -1;
            }
            int idx = v - 1;
            if (hashes[idx] == h && Arrays.equals(arena, offsets[idx], offsets[idx + 1], b, start, end)) {
                return idx;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the pseudonym and returns its new index, or {@code -(existing index) - 1} if it was present. */
    int add(byte[] b, int start, int end) {
        int existing = find(b, start, end);
        if (existing >= 0) {
            return -existing - 1;
        }
        int len = end - start;
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        if (size + 1 >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            offsets = Arrays.copyOf(offsets, hashes.length + 1);
        }
        System.arraycopy(b, start, arena, arenaSize, len);
        offsets[size] = arenaSize;
        arenaSize += len;
        offsets[size + 1] = arenaSize;
        int h = hash(b, start, end);
        hashes[size] = h;
        size++;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        } else {
            insert(size - 1, h);
        }
        return size - 1;
    }

    private void insert(int idx, int h) {
        int slot = h & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = idx + 1;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            insert(i, hashes[i]);
        }
    }

    private static int hash(byte[] b, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + b[i];
        }
        // Spread the bits (murmur3 finaliser): linear probing needs good low bits.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
