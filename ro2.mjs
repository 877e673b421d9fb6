import Database from 'better-sqlite3';
const f = process.argv[2];
try { const db = new Database(f, { readonly: true }); console.log('ro open', db.prepare('select * from t').all(), db.pragma('journal_mode',{simple:true})); db.close(); } catch (e) { console.log('ro fail', e.code, e.message); }
try { const db = new Database(f); console.log('rw open readonly=', db.readonly); db.prepare('select * from t').all(); db.prepare('insert into t values(2)').run(); } catch (e) { console.log('rw fail', e.code, e.message); }
