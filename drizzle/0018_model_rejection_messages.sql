-- A model the parser refused keeps the refusal as a catalogue message (key and params), said in each
-- reader's language; rejection_reason keeps its English text. Rows from before stay as they are (no
-- message: their stored text is shown).
ALTER TABLE "model_analyses" ADD COLUMN "rejection_message" jsonb;--> statement-breakpoint
ALTER TABLE "models" ADD COLUMN "rejection_message" jsonb;