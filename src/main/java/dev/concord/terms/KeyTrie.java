package dev.concord.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over interned keys with its transitions in one open-addressing hash table (node and symbol packed in a
 * long), so that a step costs one probe and the whole trie a few arrays.
 */
final class KeyTrie {
    static final int ROOT = 0;
    private static final long EMPTY = -1L;

    /** The keys in an open-addressing table: their hash codes side by side, compared before the strings. */
    private final int[] vocabularyHashes;
    private final String[] vocabularyKeys;
    private final int[] vocabularySymbols;
    private final int vocabularyMask;
    private final long[] slotKeys;
    private final int[] slotChildren;
    private final int mask;
    final int[] outStart;
    final int[] outIds;

    private KeyTrie(Map<String, Integer> vocabulary, Map<Long, Integer> transitions, List<List<Integer>> outputs) {
        int vocabularyCapacity = Integer.highestOneBit(Math.max(4, vocabulary.size() * 2 - 1)) << 1;
        vocabularyHashes = new int[vocabularyCapacity];
        vocabularyKeys = new String[vocabularyCapacity];
        vocabularySymbols = new int[vocabularyCapacity];
        vocabularyMask = vocabularyCapacity - 1;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            int h = storedHash(e.getKey());
            int slot = mix(h) & vocabularyMask;
            while (vocabularyHashes[slot] != 0) {
                slot = (slot + 1) & vocabularyMask;
            }
            vocabularyHashes[slot] = h;
            vocabularyKeys[slot] = e.getKey();
            vocabularySymbols[slot] = e.getValue();
        }
        int capacity = Integer.highestOneBit(Math.max(4, transitions.size() * 2 - 1)) << 1;
        slotKeys = new long[capacity];
        slotChildren = new int[capacity];
        Arrays.fill(slotKeys, EMPTY);
        mask = capacity - 1;
        for (Map.Entry<Long, Integer> e : transitions.entrySet()) {
            int slot = hash(e.getKey()) & mask;
            while (slotKeys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = e.getKey();
            slotChildren[slot] = e.getValue();
        }
        outStart = new int[outputs.size() + 1];
        int total = 0;
        for (int i = 0; i < outputs.size(); i++) {
            outStart[i] = total;
            total += outputs.get(i).size();
        }
        outStart[outputs.size()] = total;
        outIds = new int[total];
        int k = 0;
        for (List<Integer> o : outputs) {
            for (int id : o) {
                outIds[k++] = id;
            }
        }
    }

    /** The symbol of a key, or -1. A miss, the usual case, reads only the array of hash codes. */
    int symbol(String key) {
        int h = storedHash(key);
        int slot = mix(h) & vocabularyMask;
        while (true) {
            int stored = vocabularyHashes[slot];
            if (stored == 0) {
                return -1;
            }
            if (stored == h && vocabularyKeys[slot].equals(key)) {
                return vocabularySymbols[slot];
            }
            slot = (slot + 1) & vocabularyMask;
        }
    }

    /** A string's hash code, never 0, which marks an empty slot. */
    private static int storedHash(String key) {
        int h = key.hashCode();
        return h == 0 ? 1 : h;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    int child(int node, int symbol) {
        long key = ((long) node << 32) | symbol;
        int slot = hash(key) & mask;
        while (true) {
            long k = slotKeys[slot];
            if (k == key) {
                return slotChildren[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Collects term paths, then freezes them into a {@link KeyTrie}. */
    static final class Builder {
        private final Map<String, Integer> vocabulary = new HashMap<>();
        private final Map<Long, Integer> transitions = new HashMap<>();
        private final List<List<Integer>> outputs = new ArrayList<>(List.of(new ArrayList<>()));

        void add(List<String[]> paths, int termId) {
            for (String[] path : paths) {
                int node = ROOT;
                for (String key : path) {
                    int sym = vocabulary.computeIfAbsent(key, k -> vocabulary.size());
                    long t = ((long) node << 32) | sym;
                    Integer child = transitions.get(t);
                    if (child == null) {
                        child = outputs.size();
                        outputs.add(new ArrayList<>(1));
                        transitions.put(t, child);
                    }
                    node = child;
                }
                List<Integer> out = outputs.get(node);
                if (!out.contains(termId)) {
                    out.add(termId);
                }
            }
        }

        boolean isEmpty() {
            return transitions.isEmpty();
        }

        KeyTrie build() {
            return new KeyTrie(vocabulary, transitions, outputs);
        }
    }
}
