package nl.vroegsignaal.link;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Pseudonym bytes to person index (the order of first appearance in personen.csv), with open addressing
 * over one byte arena: event rows are linked without creating a String per row. A slot holds the hash and
 * the index together, so a lookup touches the arena only for a likely match. Not thread-safe while adding;
 * safe to share for lookups once filled.
 */
final class PersonIndex {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1025]; // entry i is arena[offsets[i] .. offsets[i + 1])
    private int size;
    private long[] table = new long[2048]; // (hash << 32) | (index + 1); 0 is empty
    private int mask = table.length - 1;

    int size() {
        return size;
    }

    /** The index of the pseudonym, or -1 if unknown. */
    int find(byte[] b, int start, int end) {
        int h = hash(b, start, end);
        int slot = h & mask;
        while (true) {
            long v = table[slot];
            if (v == 0) {
                return -1;
            }
            if ((int) (v >>> 32) == h) {
                int idx = (int) v - 1;
                if (Arrays.equals(arena, offsets[idx], offsets[idx + 1], b, start, end)) {
                    return idx;
                }
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
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        System.arraycopy(b, start, arena, arenaSize, len);
        offsets[size] = arenaSize;
        arenaSize += len;
        offsets[size + 1] = arenaSize;
        size++;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        } else {
            insert(size - 1, hash(b, start, end));
        }
        return size - 1;
    }

    private void insert(int idx, int h) {
        int slot = h & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = ((long) h << 32) | (idx + 1L);
    }

    private void rehash(int capacity) {
        table = new long[capacity];
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            insert(i, hash(arena, offsets[i], offsets[i + 1]));
        }
    }

    /** Eight bytes at a time (pseudonyms are 8 to 64 bytes), then a murmur3-style finaliser for the low bits. */
    static int hash(byte[] b, int start, int end) {
        long h = end - start;
        int i = start;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        for (; i < end; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
