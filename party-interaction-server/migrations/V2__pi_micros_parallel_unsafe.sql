-- pi_micros catches the errors of a cast in an EXCEPTION block, which opens a subtransaction,
-- and PostgreSQL refuses those in parallel mode ("cannot start subtransactions during a
-- parallel operation"): a sort on a date-time attribute over a table large enough for a
-- parallel plan failed. Queries that call it now run without parallel workers.
ALTER FUNCTION pi_micros(text) PARALLEL UNSAFE;
