import type { WritableDB } from '../db/types';

/**
 * The workspace's key of a customer named by its own id, adding the customer when the id is new;
 * counts the customers it added. One per import, inside its transaction.
 */
export class CustomerKeys {
  added = 0;
  private readonly find;
  private readonly insert;

  constructor(db: WritableDB) {
    this.find = db.prepare('SELECT customer_key FROM customers WHERE customer_id = ?').pluck();
    this.insert = db.prepare('INSERT INTO customers(customer_id) VALUES (?)');
  }

  keyOf(id: string): number {
    const known = this.find.get(id) as number | undefined;
    if (known !== undefined) return known;
    this.added++;
    return Number(this.insert.run(id).lastInsertRowid);
  }
}
