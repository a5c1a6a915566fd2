import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  Connection,
  IdArg,
  InputArg,
  PageArgs,
  ScopedFilterArg,
  AdministrativeUnitRef,
  unitRef,
  writeAs,
} from '@chung-tay/common';
import { assertWomensUnionWriter, visible } from '../access';
import type { Context } from '../context';
import { FiveNoThreeCleanPledge } from '../pledge/pledge.entity';
import { WomensUnionChapter } from './chapter.entity';
import { CreateWomensUnionChapterInput, WomensUnionChapterFilter } from './chapter.input';
import { createChapter, listChapters } from './chapter.service';

@ObjectType({ description: "A page of Women's Union chapters." })
export class WomensUnionChapterConnection extends Connection(WomensUnionChapter) {}

@Resolver(() => WomensUnionChapter)
export class WomensUnionChapterResolver {
  @Query(() => WomensUnionChapter, {
    nullable: true,
    description: "A chapter in the caller's units, or one of the chapters above them.",
  })
  async womensUnionChapter(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx.caller, `Chapter ${id}`, await ctx.loaders.chapter.load(id));
  }

  @Query(() => WomensUnionChapterConnection, {
    description:
      "Chapters in the caller's units and the chapters above them, top-down: province unions, then each commune's chapter and its branches.",
  })
  womensUnionChapters(
    @ScopedFilterArg(WomensUnionChapterFilter)
    filter: WomensUnionChapterFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listChapters(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => WomensUnionChapter, { description: 'Adds a chapter to the tree.' })
  createWomensUnionChapter(
    @InputArg()
    input: CreateWomensUnionChapterInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, createChapter, input);
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit the chapter works in.' })
  unit(@Root() c: WomensUnionChapter) {
    return unitRef(c.unitCode);
  }

  @FieldResolver(() => WomensUnionChapter, {
    nullable: true,
    description: 'The chapter above; null for a province union.',
  })
  parent(@Root() c: WomensUnionChapter, @Ctx() ctx: Context) {
    return c.parentId ? ctx.loaders.chapter.load(c.parentId) : null;
  }

  @FieldResolver(() => [WomensUnionChapter], {
    description: 'Chapters directly below, in the caller’s units.',
  })
  children(@Root() c: WomensUnionChapter, @Ctx() ctx: Context) {
    return ctx.loaders.chapterChildren.load(c.id);
  }

  @FieldResolver(() => Int, { description: 'Current members of this chapter and the chapters below it.' })
  memberCount(@Root() c: WomensUnionChapter, @Ctx() ctx: Context) {
    return ctx.loaders.chapterMemberCount.load(c.id);
  }

  @FieldResolver(() => FiveNoThreeCleanPledge, {
    nullable: true,
    description: 'The chapter\'s "5 không 3 sạch" pledge for a year, if it made one.',
  })
  fiveNoThreeCleanPledge(
    @Root() c: WomensUnionChapter,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.pledgeOfChapter.load(`${c.id}:${year}`);
  }
}
