// IndexedDB for the Dexie layer's tests: installed before any module imports Dexie.
import 'fake-indexeddb/auto';
